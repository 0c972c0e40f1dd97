import {
  to = awscc_autoscaling_launch_configuration.example
  identity = {
    launch_configuration_name = "launch_configuration_name"
  }
}
