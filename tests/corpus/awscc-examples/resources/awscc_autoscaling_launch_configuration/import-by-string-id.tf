import {
  to = awscc_autoscaling_launch_configuration.example
  id = "launch_configuration_name"
}