import {
  to = awscc_redshiftserverless_snapshot.example
  identity = {
    snapshot_name = "snapshot_name"
  }
}
