module github.com/normscope/normscope

go 1.26.8

require (
	github.com/PuerkitoBio/goquery v1.13.0
	github.com/temoto/robotstxt v1.1.2
	golang.org/x/text v0.43.0
	golang.org/x/time v0.16.0
)

require (
	github.com/andybalholm/cascadia v1.3.4 // indirect
	golang.org/x/net v0.58.0 // indirect
)
