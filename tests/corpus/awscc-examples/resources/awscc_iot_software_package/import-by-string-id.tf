import {
  to = awscc_iot_software_package.example
  id = "package_name"
}