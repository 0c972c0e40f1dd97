import {
  to = awscc_qldb_stream.example
  identity = {
    ledger_name = "ledger_name"
    id          = "id"
  }
}
