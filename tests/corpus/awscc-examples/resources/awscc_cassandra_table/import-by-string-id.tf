import {
  to = awscc_cassandra_table.example
  id = "keyspace_name|table_name"
}