import {
  to = awscc_lightsail_database_snapshot.example
  identity = {
    relational_database_snapshot_name = "relational_database_snapshot_name"
  }
}
