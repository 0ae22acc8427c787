// Report Explorer: what the page shows when the app cannot start (its wasm
// or script failed to load, or the browser cannot run WebAssembly). Runs
// before the app, as a classic script inlined into the page (index.html,
// the single file) or at the top of embed.js. Once any instance has
// mounted, later errors are the app's own: its panic message handles them.
// The app's string tables live in the wasm that failed, so these few words
// are here, in both languages.
(() => {
  const MOUNT = "[data-report-explorer]";
  const MOUNTED = "data-report-explorer-mounted";
  let started = false;
  const show = (detail) => {
    if (started || document.querySelector(`[${MOUNTED}]`)) return;
    for (const element of document.querySelectorAll(MOUNT)) {
      const box = document.createElement("div");
      box.className = "re-fatal";
      box.setAttribute("role", "alert");
      box.dataset.testid = "load-failed";
      const say = (tag, text, lang) => {
        const el = document.createElement(tag);
        el.textContent = text;
        if (lang) el.lang = lang;
        box.append(el);
        return el;
      };
      say("p", "Report Explorer 无法启动：页面的程序没有加载成功。请检查网络后重新加载。", "zh-CN");
      say("p", "Report Explorer could not start: the page's program did not load. Check the connection and reload.", "en");
      const reload = say("a", "重新加载 / Reload");
      reload.href = location.href.split("#")[0];
      reload.className = "re-fatal-reload";
      reload.dataset.testid = "load-failed-reload";
      if (detail) {
        const details = say("details", "");
        const summary = document.createElement("summary");
        summary.textContent = "Technical details / 技术细节";
        const pre = document.createElement("pre");
        pre.textContent = String(detail);
        details.append(summary, pre);
      }
      element.replaceChildren(box);
    }
  };
  window.reportExplorerLoadFailed = show;
  // embed.js calls `show` from its own catch; as an inline script (where
  // document.currentScript is set) the page's loader is watched instead:
  // an uncaught error or rejection, or a script that fails to load, before
  // anything mounted. Other failing resources (a host's images) are not ours.
  if (!document.currentScript) return;
  addEventListener("TrunkApplicationStarted", () => (started = true));
  addEventListener(
    "error",
    (event) => {
      if (event.target === window || event.target instanceof HTMLScriptElement) show(event.error ?? event.message);
    },
    true,
  );
  addEventListener("unhandledrejection", (event) => show(event.reason));
  if (typeof WebAssembly !== "object") {
    addEventListener("DOMContentLoaded", () => show("this browser cannot run WebAssembly"));
  }
})();
