//! Connected components of indices `0..n` (union-find with path halving): rewrite families,
//! stories, value clusters, facts of anchors and of scores. A component is named by its
//! smallest index, so the numbering follows the input order whatever order the joins come in.

pub(crate) struct Components {
    parent: Vec<usize>,
}

impl Components {
    pub(crate) fn new(n: usize) -> Components {
        Components {
            parent: (0..n).collect(),
        }
    }

    /// The smallest index of `k`'s component.
    pub(crate) fn root(&mut self, mut k: usize) -> usize {
        while self.parent[k] != k {
            self.parent[k] = self.parent[self.parent[k]];
            k = self.parent[k];
        }
        k
    }

    /// Join the components of `a` and `b`, the larger root under the smaller.
    pub(crate) fn join(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.root(a), self.root(b));
        if ra != rb {
            self.parent[ra.max(rb)] = ra.min(rb);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_component_is_named_by_its_smallest_index() {
        let mut c = Components::new(5);
        c.join(4, 2);
        c.join(2, 3);
        c.join(0, 1);
        assert_eq!((c.root(3), c.root(4), c.root(1)), (2, 2, 0));
        c.join(3, 1);
        assert_eq!(c.root(4), 0);
    }
}
