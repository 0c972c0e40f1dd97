module github.com/vmihailenco/tagparser

go 1.13
