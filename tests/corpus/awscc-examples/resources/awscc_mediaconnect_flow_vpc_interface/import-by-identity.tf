import {
  to = awscc_mediaconnect_flow_vpc_interface.example
  identity = {
    flow_arn = "flow_arn"
    name     = "name"
  }
}
