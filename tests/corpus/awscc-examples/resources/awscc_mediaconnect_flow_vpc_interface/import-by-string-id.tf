import {
  to = awscc_mediaconnect_flow_vpc_interface.example
  id = "flow_arn|name"
}