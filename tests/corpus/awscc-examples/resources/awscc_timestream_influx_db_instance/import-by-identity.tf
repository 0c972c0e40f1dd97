import {
  to = awscc_timestream_influx_db_instance.example
  identity = {
    id = "id"
  }
}
