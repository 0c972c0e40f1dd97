import {
  to = awscc_timestream_influx_db_instance.example
  id = "id"
}