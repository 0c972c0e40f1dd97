import {
  to = awscc_groundstation_dataflow_endpoint_group.example
  identity = {
    id = "id"
  }
}
