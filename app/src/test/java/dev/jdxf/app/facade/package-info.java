@NullMarked
package dev.jdxf.app.facade;

import org.jspecify.annotations.NullMarked;
