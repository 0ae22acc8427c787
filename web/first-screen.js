// Report Explorer: readies the first screen (written into index.html from
// the corpus by `report-cli first-screen`) while the wasm loads. Runs as a
// classic script inlined right after the mount element, before the first
// paint:
// - shows the screen in the language the app will start in (the mount
//   element's data-lang, the choice stored on an earlier visit, the
//   browser's languages; English otherwise), as src/i18n.rs chooses it;
// - shows the shapes of rows instead of the list when the page opens on a
//   link to a view (the list is the plain first view's);
// - marks the search box while an input method composes, so the app waits
//   for the commit before it takes the box over (src/mount.rs).
(() => {
  const LANG_KEY = "report-explorer:lang:v1";
  const speaks = (tag) => /^(zh|en)(?:[-_]|$)/i.exec(String(tag ?? "").trim())?.[1].toLowerCase();
  const stored = () => {
    try {
      return localStorage.getItem(LANG_KEY);
    } catch {
      return null;
    }
  };
  for (const screen of document.querySelectorAll("[data-report-explorer] [data-first-screen]")) {
    const mount = screen.closest("[data-report-explorer]");
    const lang =
      speaks(mount.dataset.lang) ?? speaks(stored()) ?? (navigator.languages ?? [navigator.language]).map(speaks).find(Boolean) ?? "en";
    const search = screen.querySelector("[data-first-screen-search]");
    if (lang === "en") {
      screen.dataset.lang = "en";
      search.placeholder = search.dataset.placeholderEn;
      search.setAttribute("aria-label", search.dataset.labelEn);
    }
    const linked = location.hash.length > 1 || ["corpusUrl", "query", "view"].some((name) => mount.dataset[name]);
    if (linked) {
      screen.querySelector("[data-first-screen-list]").hidden = true;
      screen.querySelector(".re-skeleton-rows").hidden = false;
    }
    search.addEventListener("compositionstart", () => (search.dataset.composing = ""));
    search.addEventListener("compositionend", () => delete search.dataset.composing);
  }
})();
