import {
  to = awscc_groundstation_dataflow_endpoint_group.example
  id = "id"
}