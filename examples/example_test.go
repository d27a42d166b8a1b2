package examples_test

import (
	"bufio"
	"fmt"
	"net/http/httptest"
	"strings"

	"github.com/normscope/normscope/examples"
)

// The demo documents, in a stable order.
func ExampleFiles() {
	for _, f := range examples.Files() {
		fmt.Println(f)
	}
	// Output:
	// analysis-capacity-building-2031.pdf
	// analysis-poa-crossroads-2031.html
	// news-poc-exercise-2031.html
	// oewg-progress-report-2031.pdf
	// resolution-86-241.txt
	// statement-canada-2031.pdf
	// statement-russian-federation-2031.html
}

// Serving the documents over HTTP, as `normscope demo` does.
func ExampleHandler() {
	srv := httptest.NewServer(examples.Handler())
	defer srv.Close()
	resp, err := srv.Client().Get(srv.URL + "/resolution-86-241.txt")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer resp.Body.Close()
	first, _ := bufio.NewReader(resp.Body).ReadString('\n')
	fmt.Println(resp.Status)
	fmt.Println(strings.Join(strings.Fields(first), " "))
	// Output:
	// 200 OK
	// United Nations A/RES/86/241
}

// Reading one embedded document directly.
func ExampleFS() {
	b, err := examples.FS.ReadFile(examples.Manifest)
	if err != nil {
		fmt.Println(err)
		return
	}
	header, _, _ := strings.Cut(string(b), "\n")
	fmt.Println(header)
	// Output:
	// path,title,date,kind,speaker,symbol
}
