import {
  to = awscc_redshiftserverless_snapshot.example
  id = "snapshot_name"
}