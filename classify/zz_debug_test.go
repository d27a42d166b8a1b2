package classify

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"testing"
)

func TestZZDebug(t *testing.T) {
	f, doc := os.Getenv("ZZ_FILE"), os.Getenv("ZZ_DOC")
	if f == "" {
		t.Skip()
	}
	fh, err := os.Open(f)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	var d Doc
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var r struct {
			Doc, Text, Section string
		}
		json.Unmarshal(sc.Bytes(), &r)
		if r.Doc == doc {
			d.Paras = append(d.Paras, Para{Text: r.Text, Section: r.Section})
		}
	}
	res, info := tagger(t).TagDocInfo(d)
	fmt.Printf("info %+v\n", info)
	for i, r := range res {
		if len(r.Stances) > 0 {
			fmt.Println(i+1, stanceKeys(r.Stances))
		}
	}
}
