import {
  to = awscc_cassandra_type.example
  id = "keyspace_name|type_name"
}