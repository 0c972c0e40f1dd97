import {
  to = awscc_globalaccelerator_listener.example
  id = "listener_arn"
}