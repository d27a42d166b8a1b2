package main

import (
	"flag"

	"github.com/normscope/normscope/pipeline"
)

// registerHTTPFlags registers the fetcher's flags.
func registerHTTPFlags(fs *flag.FlagSet, c *pipeline.HTTPConfig) {
	c.Version = version
	fs.StringVar(&c.UserAgent, "user-agent", "", "User-Agent sent with requests (default: normscope/VERSION with a contact URL)")
	fs.BoolVar(&c.IgnoreRobots, "ignore-robots", false, "do not obey robots.txt (recorded in runs.jsonl)")
	fs.Float64Var(&c.RatePerHost, "rate", 0, "requests per second per host (default 1; robots.txt Crawl-delay is honoured when slower)")
	fs.IntVar(&c.HostConcurrency, "host-concurrency", 0, "simultaneous requests per host (default 2)")
	fs.Int64Var(&c.MaxBytes, "max-bytes", 0, "largest document accepted, in bytes (default 100 MB)")
	fs.DurationVar(&c.TotalTimeout, "timeout", 0, "time limit of one attempt (default 10m)")
	fs.DurationVar(&c.StallTimeout, "stall-timeout", 0, "longest wait for the next byte of a body (default 30s)")
}
