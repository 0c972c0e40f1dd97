import {
  to = awscc_globalaccelerator_listener.example
  identity = {
    listener_arn = "listener_arn"
  }
}
