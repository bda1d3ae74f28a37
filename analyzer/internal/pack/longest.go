package pack

import "sort"

// sortLongestFirst sorts terms longest first, keeping the order of terms
// of one length. sort.Stable gives the order slices.SortStableFunc gave;
// the .wasm links sort.Stable anyway, while slices' copy of the stable
// sort for VocabTerm was ~10 KB of it (~2 KB gzipped).
func sortLongestFirst(vt []VocabTerm) { sort.Stable(longestFirst(vt)) }

type longestFirst []VocabTerm

func (l longestFirst) Len() int           { return len(l) }
func (l longestFirst) Less(i, j int) bool { return len(l[i].Term) > len(l[j].Term) }
func (l longestFirst) Swap(i, j int)      { l[i], l[j] = l[j], l[i] }
