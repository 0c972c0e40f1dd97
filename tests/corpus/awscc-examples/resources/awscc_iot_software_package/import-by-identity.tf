import {
  to = awscc_iot_software_package.example
  identity = {
    package_name = "package_name"
  }
}
