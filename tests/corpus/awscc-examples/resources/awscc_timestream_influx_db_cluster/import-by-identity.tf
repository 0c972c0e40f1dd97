import {
  to = awscc_timestream_influx_db_cluster.example
  identity = {
    id = "id"
  }
}
