import {
  to = awscc_appflow_flow.example
  id = "flow_name"
}