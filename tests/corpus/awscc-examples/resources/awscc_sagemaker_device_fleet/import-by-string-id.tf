import {
  to = awscc_sagemaker_device_fleet.example
  id = "device_fleet_name"
}