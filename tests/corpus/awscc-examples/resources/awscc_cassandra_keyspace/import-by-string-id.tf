import {
  to = awscc_cassandra_keyspace.example
  id = "keyspace_name"
}