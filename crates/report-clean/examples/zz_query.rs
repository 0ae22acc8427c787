fn main() {
    for q in std::env::args().skip(1) {
        let p = report_core::parse_query(&q);
        let terms: Vec<String> = p.terms.iter().map(|t| t.text.clone()).collect();
        let ex: Vec<String> = p.excluded.iter().map(|t| t.text.clone()).collect();
        println!(
            "{q:?}: terms {terms:?} clauses {:?} excluded {ex:?} ignored {:?}",
            p.clauses, p.ignored
        );
    }
}
