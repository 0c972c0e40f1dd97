import {
  to = awscc_groundstation_dataflow_endpoint_group_v2.example
  id = "id"
}