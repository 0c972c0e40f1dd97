import {
  to = awscc_qldb_stream.example
  id = "ledger_name|id"
}