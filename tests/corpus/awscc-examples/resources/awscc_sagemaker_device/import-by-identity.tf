import {
  to = awscc_sagemaker_device.example
  identity = {
    device_device_name = "device_device_name"
  }
}
