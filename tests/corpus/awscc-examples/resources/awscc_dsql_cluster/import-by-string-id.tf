import {
  to = awscc_dsql_cluster.example
  id = "identifier"
}