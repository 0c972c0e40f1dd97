import {
  to = awscc_cassandra_type.example
  identity = {
    keyspace_name = "keyspace_name"
    type_name     = "type_name"
  }
}
