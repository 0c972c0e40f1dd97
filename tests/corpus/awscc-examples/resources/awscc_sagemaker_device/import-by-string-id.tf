import {
  to = awscc_sagemaker_device.example
  id = "device_device_name"
}