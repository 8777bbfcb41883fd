@NullMarked
package dev.jdxf.domain.service;

import org.jspecify.annotations.NullMarked;
