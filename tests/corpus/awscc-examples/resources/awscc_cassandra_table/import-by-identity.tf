import {
  to = awscc_cassandra_table.example
  identity = {
    keyspace_name = "keyspace_name"
    table_name    = "table_name"
  }
}
