import {
  to = awscc_sagemaker_device_fleet.example
  identity = {
    device_fleet_name = "device_fleet_name"
  }
}
