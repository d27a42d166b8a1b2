package main

import (
	"flag"

	"github.com/normscope/normscope/pipeline"
)

// registerHTTPFlags registers the fetcher's flags.
func registerHTTPFlags(fs *flag.FlagSet, c *pipeline.HTTPConfig) {
	fs.StringVar(&c.UserAgent, "user-agent", "", "User-Agent sent with requests (default names normscope and a contact URL)")
	fs.BoolVar(&c.IgnoreRobots, "ignore-robots", false, "do not obey robots.txt (recorded in runs.jsonl)")
}
