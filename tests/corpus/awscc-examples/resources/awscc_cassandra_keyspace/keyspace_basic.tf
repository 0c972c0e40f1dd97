resource "awscc_cassandra_keyspace" "awscc_cassandra_example" {
  keyspace_name = "awscc_cassandra_example"
}