import {
  to = awscc_appflow_flow.example
  identity = {
    flow_name = "flow_name"
  }
}
