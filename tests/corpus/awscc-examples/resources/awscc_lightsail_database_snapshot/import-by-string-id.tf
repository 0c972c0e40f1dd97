import {
  to = awscc_lightsail_database_snapshot.example
  id = "relational_database_snapshot_name"
}