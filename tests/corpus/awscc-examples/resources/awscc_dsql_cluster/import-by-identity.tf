import {
  to = awscc_dsql_cluster.example
  identity = {
    identifier = "identifier"
  }
}
