module github.com/normscope/normscope

go 1.26.8

require golang.org/x/text v0.43.0

require github.com/ledongthuc/pdf v0.0.0-20260907135840-6c8c28e0e8a0 // indirect
