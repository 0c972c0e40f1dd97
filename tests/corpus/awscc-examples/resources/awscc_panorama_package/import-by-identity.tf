import {
  to = awscc_panorama_package.example
  identity = {
    package_id = "package_id"
  }
}
