import {
  to = awscc_cassandra_keyspace.example
  identity = {
    keyspace_name = "keyspace_name"
  }
}
