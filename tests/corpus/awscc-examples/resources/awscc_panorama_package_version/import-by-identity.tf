import {
  to = awscc_panorama_package_version.example
  identity = {
    package_id      = "package_id"
    package_version = "package_version"
    patch_version   = "patch_version"
  }
}
