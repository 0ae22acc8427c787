//! Groups in brackets read as a search tool reads them, into the clauses a
//! report must satisfy (each any of its terms, all of them together).
//! `(就业 AND 创业) OR 农村` asks for both of the first two or the third:
//! as clauses, `就业 | 农村` and `创业 | 农村`. Outside brackets `|` binds
//! the words either side of it (`营商环境 乡村振兴 | 共同富裕`: the first
//! and either of the others), as before groups were read.

/// What the query says, in order, once its words are terms.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Piece {
    /// A term to find (its index among the query's terms).
    Term(usize),
    /// A word that asks for nothing: excluded, or marks only.
    Nothing,
    Or,
    Open,
    Close,
}

/// The most clauses a query is read into. Alternatives of groups multiply
/// (`(a b) | (c d) | (e f)` is eight, none implying another); past this an
/// alternative of groups
/// is read as any of their terms, which finds every report the query
/// asks for and some more, rather than a query no one could check.
const MAX_CLAUSES: usize = 64;

/// Clauses that must all be satisfied; `None` asks nothing.
type Clauses = Option<Vec<Vec<usize>>>;

/// The clauses `pieces` ask for, in the order their terms were typed, none
/// holding another (`就业 就业|创业` asks for 就业), and whether an
/// alternative of groups was read as any of their terms (past
/// [`MAX_CLAUSES`]). A group left open runs to the end.
pub(super) fn clauses(pieces: &[Piece]) -> (Vec<Vec<usize>>, bool) {
    // A bracket closing no group is passed over (`就业) OR 农村`, typed
    // before its opening one): it would end the words before it.
    let mut depth = 0usize;
    let pieces: Vec<Piece> = pieces
        .iter()
        .copied()
        .filter(|piece| match piece {
            Piece::Open => {
                depth += 1;
                true
            }
            Piece::Close if depth == 0 => false,
            Piece::Close => {
                depth -= 1;
                true
            }
            _ => true,
        })
        .collect();
    let mut reader = Reader {
        pieces,
        at: 0,
        loosened: false,
    };
    let clauses = reader.sequence().unwrap_or_default();
    (without_implied(clauses), reader.loosened)
}

/// The pieces read from `at` on.
struct Reader {
    pieces: Vec<Piece>,
    at: usize,
    /// An alternative of groups was read as any of their terms.
    loosened: bool,
}

impl Reader {
    fn next_is(&self, piece: Piece) -> bool {
        self.pieces.get(self.at) == Some(&piece)
    }

    /// Words and groups one after another, each asked for, up to the
    /// bracket that closes the group (`at` left on it) or the end.
    fn sequence(&mut self) -> Clauses {
        let mut clauses = None;
        while let Some(&piece) = self.pieces.get(self.at) {
            match piece {
                Piece::Close => break,
                // `| 营商环境`: an alternative to nothing before it.
                Piece::Or => self.at += 1,
                _ => clauses = both(clauses, self.alternatives()),
            }
        }
        clauses
    }

    /// A word or group, and those `|` joins to it.
    fn alternatives(&mut self) -> Clauses {
        let mut clauses = self.one();
        while self.next_is(Piece::Or) {
            while self.next_is(Piece::Or) {
                self.at += 1;
            }
            if self.at >= self.pieces.len() || self.next_is(Piece::Close) {
                break;
            }
            let other = self.one();
            clauses = self.either(clauses, other);
        }
        clauses
    }

    /// A word, or a group in brackets with its closing bracket.
    fn one(&mut self) -> Clauses {
        let piece = self.pieces.get(self.at).copied();
        self.at += 1;
        match piece {
            Some(Piece::Term(term)) => Some(vec![vec![term]]),
            Some(Piece::Open) => {
                let group = self.sequence();
                // Past its closing bracket (or the end, for one left open).
                self.at += 1;
                group
            }
            _ => None,
        }
    }

    /// Either side: each clause of one with each of the other (`(a b) | c`
    /// is `a | c` and `b | c`).
    fn either(&mut self, a: Clauses, b: Clauses) -> Clauses {
        let (a, b) = match (a, b) {
            (Some(a), Some(b)) => (a, b),
            (a, b) => return a.or(b),
        };
        let mut clauses = Vec::with_capacity(a.len() * b.len());
        for left in &a {
            for right in &b {
                clauses.push(right.iter().copied().fold(left.clone(), joined));
            }
        }
        let clauses = without_implied(clauses);
        if clauses.len() > MAX_CLAUSES {
            self.loosened = true;
            let mut any = a.into_iter().chain(b).flatten().fold(Vec::new(), joined);
            crate::sorting::sort(&mut any);
            return Some(vec![any]);
        }
        Some(clauses)
    }
}

fn both(a: Clauses, b: Clauses) -> Clauses {
    match (a, b) {
        (Some(mut a), Some(b)) => {
            a.extend(b);
            Some(a)
        }
        (a, b) => a.or(b),
    }
}

fn joined(mut clause: Vec<usize>, term: usize) -> Vec<usize> {
    if !clause.contains(&term) {
        clause.push(term);
    }
    clause
}

/// The clauses without those another implies: a clause holding all of
/// another's terms is satisfied whenever that one is (and of two alike,
/// the first stays).
fn without_implied(clauses: Vec<Vec<usize>>) -> Vec<Vec<usize>> {
    let holds =
        |bigger: &Vec<usize>, smaller: &Vec<usize>| smaller.iter().all(|t| bigger.contains(t));
    clauses
        .iter()
        .enumerate()
        .filter(|&(i, clause)| {
            !clauses.iter().enumerate().any(|(j, other)| {
                j != i && holds(clause, other) && (other.len() < clause.len() || j < i)
            })
        })
        .map(|(_, clause)| clause.clone())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::Piece::*;
    use super::*;

    fn clauses(pieces: &[Piece]) -> Vec<Vec<usize>> {
        super::clauses(pieces).0
    }

    #[test]
    fn alternatives_bind_the_words_either_side_outside_brackets() {
        // 营商环境 乡村振兴 | 共同富裕
        assert_eq!(
            clauses(&[Term(0), Term(1), Or, Term(2)]),
            [vec![0], vec![1, 2]]
        );
        // | 营商环境 |, 营商环境 | | 乡村振兴
        assert_eq!(clauses(&[Or, Term(0), Or]), [vec![0]]);
        assert_eq!(clauses(&[Term(0), Or, Or, Term(1)]), [vec![0, 1]]);
    }

    #[test]
    fn an_alternative_of_groups_is_each_pairing() {
        // (a b) | c
        let pieces = [Open, Term(0), Term(1), Close, Or, Term(2)];
        assert_eq!(clauses(&pieces), [vec![0, 2], vec![1, 2]]);
        // a | (b c)
        let pieces = [Term(0), Or, Open, Term(1), Term(2), Close];
        assert_eq!(clauses(&pieces), [vec![0, 1], vec![0, 2]]);
        // (a b) | (c d)
        let pieces = [
            Open,
            Term(0),
            Term(1),
            Close,
            Or,
            Open,
            Term(2),
            Term(3),
            Close,
        ];
        assert_eq!(
            clauses(&pieces),
            [vec![0, 2], vec![0, 3], vec![1, 2], vec![1, 3]]
        );
        // Nested: a ((b | c) d)
        let pieces = [
            Term(0),
            Open,
            Open,
            Term(1),
            Or,
            Term(2),
            Close,
            Term(3),
            Close,
        ];
        assert_eq!(clauses(&pieces), [vec![0], vec![1, 2], vec![3]]);
    }

    #[test]
    fn what_asks_nothing_leaves_the_rest_as_it_is() {
        // a | -b c: the excluded word is no alternative.
        assert_eq!(
            clauses(&[Term(0), Or, Nothing, Term(1)]),
            [vec![0], vec![1]]
        );
        // An empty group, a group left open, a bracket closing none.
        assert_eq!(clauses(&[Open, Close, Term(0)]), [vec![0]]);
        assert_eq!(
            clauses(&[Term(0), Or, Open, Term(1), Term(2)]),
            [vec![0, 1], vec![0, 2]]
        );
        assert_eq!(clauses(&[Term(0), Close, Or, Term(1)]), [vec![0, 1]]);
        assert_eq!(clauses(&[]), Vec::<Vec<usize>>::new());
    }

    #[test]
    fn a_clause_another_implies_goes() {
        // a a|b: a.
        assert_eq!(clauses(&[Term(0), Term(0), Or, Term(1)]), [vec![0]]);
        // (a b) | a: a.
        let pieces = [Open, Term(0), Term(1), Close, Or, Term(0)];
        assert_eq!(clauses(&pieces), [vec![0]]);
    }

    /// What `pieces` ask of a report holding the terms `holds` says,
    /// evaluated straight from the words (a group's value, `|` before
    /// adjacency), for the clauses to be checked against.
    fn asks(pieces: &[Piece], at: &mut usize, holds: &dyn Fn(usize) -> bool) -> Option<bool> {
        let mut all: Option<bool> = None;
        while let Some(piece) = pieces.get(*at) {
            match piece {
                Close => break,
                Or => *at += 1,
                _ => {
                    let mut any = atom(pieces, at, holds);
                    while pieces.get(*at) == Some(&Or) {
                        while pieces.get(*at) == Some(&Or) {
                            *at += 1;
                        }
                        if matches!(pieces.get(*at), None | Some(Close)) {
                            break;
                        }
                        any = match (any, atom(pieces, at, holds)) {
                            (Some(a), Some(b)) => Some(a || b),
                            (a, b) => a.or(b),
                        };
                    }
                    all = match (all, any) {
                        (Some(a), Some(b)) => Some(a && b),
                        (a, b) => a.or(b),
                    };
                }
            }
        }
        all
    }

    fn atom(pieces: &[Piece], at: &mut usize, holds: &dyn Fn(usize) -> bool) -> Option<bool> {
        let piece = pieces[*at];
        *at += 1;
        match piece {
            Term(t) => Some(holds(t)),
            Open => {
                let value = asks(pieces, at, holds);
                *at += 1;
                value
            }
            _ => None,
        }
    }

    #[test]
    fn the_clauses_ask_what_the_words_ask_on_random_queries() {
        // A small linear congruential generator: the same queries each run.
        let mut seed: u64 = 2026;
        let mut next = |n: u64| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) % n
        };
        for _ in 0..3000 {
            let pieces: Vec<Piece> = (0..next(12) + 1)
                .map(|_| match next(9) {
                    0 | 1 => Or,
                    2 => Open,
                    3 => Close,
                    4 => Nothing,
                    _ => Term(next(4) as usize),
                })
                .collect();
            // Twelve pieces make too few pairings to reach MAX_CLAUSES.
            let read = clauses(&pieces);
            for holding in 0u8..16 {
                let holds = |t: usize| holding & (1 << t) != 0;
                // Read as written with the brackets that close nothing
                // struck out.
                let mut open = 0usize;
                let balanced: Vec<Piece> = pieces
                    .iter()
                    .copied()
                    .filter(|&p| match p {
                        Open => {
                            open += 1;
                            true
                        }
                        Close => open.checked_sub(1).map(|left| open = left).is_some(),
                        _ => true,
                    })
                    .collect();
                let expected = asks(&balanced, &mut 0, &holds);
                let satisfied = read.iter().all(|c| c.iter().any(|&t| holds(t)));
                assert_eq!(
                    satisfied,
                    expected.unwrap_or(true),
                    "{pieces:?} holding {holding:04b}: {read:?}"
                );
            }
        }
    }

    #[test]
    fn too_many_pairings_are_read_as_any_term() {
        let mut pieces = Vec::new();
        for pair in 0..7 {
            if pair > 0 {
                pieces.push(Or);
            }
            pieces.extend([Open, Term(2 * pair), Term(2 * pair + 1), Close]);
        }
        // 2^7 = 128 pairings: one clause of every term, and said so.
        assert_eq!(clauses(&pieces), [(0..14).collect::<Vec<_>>()]);
        assert!(super::clauses(&pieces).1);
        assert!(!super::clauses(&pieces[..pieces.len() - 5]).1);
    }
}
