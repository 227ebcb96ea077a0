package award

import (
	"hash/maphash"
	"slices"
	"sync"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/member"
)

// NominateParallel is Nominate spread over the given number of goroutines
// (fewer than 1 means 1; runtime.GOMAXPROCS(0) is the usual choice). It
// returns exactly what Nominate returns for the same roster: the roster is
// cut into contiguous chunks decided concurrently, the results are merged
// in roster order and sorted as Nominate sorts them. The duplicate-ID check
// is sharded by a hash of the ID, so it too runs on every goroutine.
//
// Deciding is read-only: the roster and the regime are shared, not copied.
func (r *Regime) NominateParallel(roster []member.Member, round chibo.Date, workers int) Nominations {
	workers = max(1, min(workers, len(roster), 1<<16))
	if workers == 1 {
		return r.Nominate(roster, round)
	}
	dups := duplicateIDsSharded(roster, workers)
	parts := make([]Nominations, workers)
	var wg sync.WaitGroup
	for w := range workers {
		lo, hi := w*len(roster)/workers, (w+1)*len(roster)/workers
		wg.Add(1)
		go func() {
			defer wg.Done()
			p := &parts[w]
			for i := lo; i < hi; i++ {
				m := &roster[i]
				if err := validate(m, dups[i]); err != nil {
					p.Rejected = append(p.Rejected, Rejection{Index: i, ID: m.ID, Err: err})
					continue
				}
				p.Decided++
				o := r.Check(m, round)
				switch o.Status {
				case Eligible:
					p.Awards = append(p.Awards, Nominee{Member: m, Outcome: o})
				case Deferred:
					p.Deferred = append(p.Deferred, Nominee{Member: m, Outcome: o})
				}
			}
		}()
	}
	wg.Wait()
	n := Nominations{Round: round, Regime: r.Name}
	for _, p := range parts {
		n.Awards = append(n.Awards, p.Awards...)
		n.Deferred = append(n.Deferred, p.Deferred...)
		n.Rejected = append(n.Rejected, p.Rejected...)
		n.Decided += p.Decided
	}
	slices.SortFunc(n.Awards, byBranchName)
	slices.SortFunc(n.Deferred, byBranchName)
	return n
}

// duplicateIDsSharded finds, like member.DuplicateIDs, every record whose
// ID an earlier record already used, with one goroutine per shard of IDs.
func duplicateIDsSharded(roster []member.Member, shards int) map[int]error {
	seed := maphash.MakeSeed()
	shardOf := make([]uint16, len(roster))
	var wg sync.WaitGroup
	for s := range shards {
		lo, hi := s*len(roster)/shards, (s+1)*len(roster)/shards
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := lo; i < hi; i++ {
				shardOf[i] = uint16(maphash.String(seed, roster[i].ID) % uint64(shards))
			}
		}()
	}
	wg.Wait()
	found := make([]map[int]error, shards)
	for s := range shards {
		wg.Add(1)
		go func() {
			defer wg.Done()
			first := make(map[string]int, len(roster)/shards+1)
			for i := range roster {
				id := roster[i].ID
				if int(shardOf[i]) != s || id == "" {
					continue
				}
				j, seen := first[id]
				if !seen {
					first[id] = i
					continue
				}
				if found[s] == nil {
					found[s] = map[int]error{}
				}
				found[s][i] = member.DuplicateIDError(id, j)
			}
		}()
	}
	wg.Wait()
	var out map[int]error
	for _, f := range found {
		for i, err := range f {
			if out == nil {
				out = map[int]error{}
			}
			out[i] = err
		}
	}
	return out
}
