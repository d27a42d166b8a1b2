package classify

import (
	"math/rand/v2"
	"testing"
)

// TestHashIndex checks the feature index against a map: present and
// absent keys, key 0, overwrites and growth past the initial size.
func TestHashIndex(t *testing.T) {
	for _, n := range []int{0, 1, 7, 1000} {
		x := newHashIndex[int32](n / 4) // grows
		want := map[uint64]int32{}
		r := rand.New(rand.NewPCG(1, uint64(n)))
		keys := []uint64{0, 1, 1 << 63}
		for range n {
			keys = append(keys, r.Uint64(), r.Uint64()&0xff) // small keys collide at home
		}
		for i, k := range keys {
			x.set(k, int32(i))
			want[k] = int32(i)
		}
		if x.len() != len(want) {
			t.Errorf("n=%d: len %d, want %d", n, x.len(), len(want))
		}
		for k, v := range want {
			if got, ok := x.get(k); !ok || got != v {
				t.Errorf("n=%d: get(%d) = %d, %v, want %d", n, k, got, ok, v)
			}
		}
		for range 1000 {
			k := r.Uint64()
			if _, in := want[k]; in {
				continue
			}
			if got, ok := x.get(k); ok {
				t.Errorf("n=%d: absent key %d found (%d)", n, k, got)
			}
		}
		seen := 0
		x.each(func(k uint64, v int32) {
			seen++
			if want[k] != v {
				t.Errorf("n=%d: each: %d -> %d, want %d", n, k, v, want[k])
			}
		})
		if seen != len(want) {
			t.Errorf("n=%d: each saw %d keys, want %d", n, seen, len(want))
		}
	}
}

// TestWeightRows checks that the coded rows give back the weights exactly,
// and that a model with more distinct weights than codes keeps them plain.
func TestWeightRows(t *testing.T) {
	for _, distinct := range []int{3, 1<<16 + 10} {
		var rows [][]float64
		for i := 0; i < distinct; i += 3 {
			row := make([]float64, 3)
			for k := range row {
				row[k] = float64((i+k)%distinct-distinct/2) / 1e4
			}
			rows = append(rows, row)
		}
		rows = append(rows, []float64{0, -1e-4, 7.9692})
		wr := packRows(rows, 3)
		if (wr.codes == nil) != (distinct > 1<<16) {
			t.Errorf("%d distinct weights: coded %v", distinct, wr.codes != nil)
		}
		if wr.len() != len(rows) {
			t.Errorf("len %d, want %d", wr.len(), len(rows))
		}
		for i, row := range rows {
			z := []float64{0.5, -0.25, 1}
			want := []float64{0.5 + row[0]*2, -0.25 + row[1]*2, 1 + row[2]*2}
			wr.addScaled(z, int32(i), 2)
			for k := range z {
				if z[k] != want[k] {
					t.Fatalf("row %d: addScaled = %v, want %v", i, z, want)
				}
			}
			got := wr.row(int32(i))
			for k := range got {
				if got[k] != row[k] {
					t.Fatalf("row %d = %v, want %v", i, got, row)
				}
			}
		}
	}
}
